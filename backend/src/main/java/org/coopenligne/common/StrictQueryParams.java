package org.coopenligne.common;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.coopenligne.common.error.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Query parameters are read strictly: a text holds no control character ({@link Texts}); those of type boolean, int or
 * long are read strictly, on every endpoint, before anything else (the body
 * included): {@code dryRun=maybe}, {@code =yes}, {@code =1} or an empty {@code dryRun=} is a 400 naming the parameter,
 * never read as {@code false} (JAX-RS takes any boolean that is not "true" for false, and an empty value for the
 * default); {@code page=abc} is a 400, not JAX-RS's 404; so are a date that is no {@code YYYY-MM-DD} and an amount that
 * is no decimal with two places at most.
 */
public class StrictQueryParams {

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    private static final Pattern LONG = Pattern.compile("-?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,10}(\\.\\d{1,2})?");

    private static boolean isDate(String value) {
        try {
            java.time.LocalDate.parse(value);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** A parameter to check: its name, what its values must match, the message when one does not. */
    private record Rule(String name, Predicate<String> valid, String message) {}

    private final Map<Method, List<Rule>> rules = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ResourceInfo resource, UriInfo uri) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        List<Rule> checked = rules.computeIfAbsent(method, StrictQueryParams::rulesOf);
        if (checked.isEmpty()) {
            return;
        }
        var query = uri.getQueryParameters(true);
        for (Rule rule : checked) {
            List<String> values = query.get(rule.name());
            if (values != null) {
                for (String value : values) {
                    if (!rule.valid().test(value)) {
                        throw ProblemException.invalidField(rule.name(), rule.message() != null ? rule.message()
                                : Texts.message(rule.name(), Texts.forbiddenCharacter(value, false)));
                    }
                }
            }
        }
    }

    static List<Rule> rulesOf(Method method) {
        List<Rule> found = new ArrayList<>();
        for (Parameter p : method.getParameters()) {
            if (p.isAnnotationPresent(jakarta.ws.rs.BeanParam.class)) {
                for (Class<?> c = p.getType(); c != null && c != Object.class; c = c.getSuperclass()) {
                    for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                        addRule(found, f.getAnnotation(QueryParam.class), f.getType(), f.getGenericType());
                    }
                }
            } else {
                addRule(found, p.getAnnotation(QueryParam.class), p.getType(), p.getParameterizedType());
            }
        }
        return List.copyOf(found);
    }

    private static void addRule(List<Rule> found, QueryParam q, Class<?> type, java.lang.reflect.Type generic) {
        if (q == null) {
            return;
        }
        if (java.util.Collection.class.isAssignableFrom(type) && generic instanceof java.lang.reflect.ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element) {
            type = element; // each value of a repeated parameter (cooperativeIds=1&cooperativeIds=2)
        }
        String name = q.value();
        if (type == String.class) {
            found.add(new Rule(name, v -> Texts.forbiddenCharacter(v, false) < 0, null));
        } else if (type == boolean.class || type == Boolean.class) {
            found.add(new Rule(name, v -> v.equals("true") || v.equals("false"),
                    "La valeur du paramètre « " + name + " » doit être true ou false."));
        } else if (type == int.class || type == Integer.class) {
            found.add(new Rule(name, v -> INTEGER.matcher(v).matches(),
                    "La valeur du paramètre « " + name + " » doit être un nombre entier."));
        } else if (type == long.class || type == Long.class) {
            found.add(new Rule(name, v -> LONG.matcher(v).matches(),
                    "La valeur du paramètre « " + name + " » doit être un nombre entier."));
        } else if (type == java.time.LocalDate.class) {
            found.add(new Rule(name, StrictQueryParams::isDate,
                    "La valeur du paramètre « " + name + " » doit être une date AAAA-MM-JJ, par exemple 2026-10-31."));
        } else if (type == java.math.BigDecimal.class) {
            found.add(new Rule(name, v -> DECIMAL.matcher(v).matches(),
                    "La valeur du paramètre « " + name + " » doit être un montant, par exemple 1250.40."));
        }
    }
}
