package org.coopenligne.apitoken;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A bearer secret starting with "coop_", and whether the request only reads (GET or HEAD). */
public class ApiTokenAuthenticationRequest extends BaseAuthenticationRequest {

    private final String secret;
    private final boolean readOnly;

    public ApiTokenAuthenticationRequest(String secret, boolean readOnly) {
        this.secret = secret;
        this.readOnly = readOnly;
    }

    public String secret() { return secret; }

    public boolean readOnly() { return readOnly; }
}
