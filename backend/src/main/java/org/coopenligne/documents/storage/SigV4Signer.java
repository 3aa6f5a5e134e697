package org.coopenligne.documents.storage;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 for requests signed in the {@code Authorization} header, as S3 and MinIO
 * check it (Amazon S3 API Reference, "Authenticating Requests: Using the Authorization Header").
 * Pure functions of the request and the time; tested against AWS's published examples.
 */
final class SigV4Signer {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    /** SHA-256 of no bytes: the payload hash of GET, HEAD and DELETE. */
    static final String EMPTY_PAYLOAD_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final String accessKey;
    private final String secretKey;
    private final String region;
    private final String service;

    SigV4Signer(String accessKey, String secretKey, String region, String service) {
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.region = region;
        this.service = service;
    }

    /**
     * The {@code Authorization} header value.
     *
     * @param canonicalUri the request path, already URI-encoded once (see {@link #uriEncodePath})
     * @param canonicalQuery the sorted, encoded query string, or "" for none
     * @param headers every header to sign, {@code host} and {@code x-amz-date} included
     */
    String authorization(String method, String canonicalUri, String canonicalQuery, Map<String, String> headers,
                         String payloadSha256, Instant time) {
        SortedMap<String, String> canonical = canonicalHeaders(headers);
        String request = canonicalRequest(method, canonicalUri, canonicalQuery, canonical, payloadSha256);
        String signature = signature(time, stringToSign(time, request));
        return ALGORITHM + " Credential=" + accessKey + "/" + scope(time)
                + ",SignedHeaders=" + String.join(";", canonical.keySet())
                + ",Signature=" + signature;
    }

    String canonicalRequest(String method, String canonicalUri, String canonicalQuery, Map<String, String> headers,
                            String payloadSha256) {
        SortedMap<String, String> canonical = canonicalHeaders(headers);
        String headerLines = canonical.entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue() + "\n")
                .collect(Collectors.joining());
        return method + "\n" + canonicalUri + "\n" + canonicalQuery + "\n" + headerLines + "\n"
                + String.join(";", canonical.keySet()) + "\n" + payloadSha256;
    }

    String stringToSign(Instant time, String canonicalRequest) {
        return ALGORITHM + "\n" + AMZ_DATE.format(time) + "\n" + scope(time) + "\n"
                + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    }

    String signature(Instant time, String stringToSign) {
        byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), DAY.format(time));
        key = hmac(key, region);
        key = hmac(key, service);
        key = hmac(key, "aws4_request");
        return HexFormat.of().formatHex(hmac(key, stringToSign));
    }

    private String scope(Instant time) {
        return DAY.format(time) + "/" + region + "/" + service + "/aws4_request";
    }

    /** Lowercase names, sorted; values trimmed with inner runs of spaces folded into one. */
    private static SortedMap<String, String> canonicalHeaders(Map<String, String> headers) {
        SortedMap<String, String> canonical = new TreeMap<>();
        headers.forEach((name, value) ->
                canonical.put(name.toLowerCase(Locale.ROOT), value.trim().replaceAll(" +", " ")));
        return canonical;
    }

    /**
     * A path encoded as S3 wants it: every byte but the unreserved characters (A-Z a-z 0-9 - . _ ~) and
     * '/' becomes %XX with uppercase hex digits; a space is %20, never '+'.
     */
    static String uriEncodePath(String path) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
                sb.append(c);
            } else {
                sb.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        return sb.toString();
    }

    static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(CheckedCopy.sha256().digest(bytes));
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }
}
