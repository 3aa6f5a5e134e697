package org.coopenligne.documents.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The examples of the Amazon S3 API Reference, "Authenticating Requests: Using the Authorization Header
 * (AWS Signature Version 4)", section "Examples: Signature Calculations": bucket examplebucket, region
 * us-east-1, 24 May 2013 at midnight UTC, AWS's documented example credentials.
 */
class SigV4SignerTest {

    private static final String ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE";
    private static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final Instant TIME = Instant.parse("2013-05-24T00:00:00Z");

    private final SigV4Signer signer = new SigV4Signer(ACCESS_KEY, SECRET_KEY, "us-east-1", "s3");

    @Test
    void shouldSignAwsGetObjectExample() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", "examplebucket.s3.amazonaws.com");
        headers.put("Range", "bytes=0-9");
        headers.put("x-amz-content-sha256", SigV4Signer.EMPTY_PAYLOAD_SHA256);
        headers.put("x-amz-date", "20130524T000000Z");

        String canonicalRequest = signer.canonicalRequest("GET", "/test.txt", "", headers, SigV4Signer.EMPTY_PAYLOAD_SHA256);
        assertThat(canonicalRequest).isEqualTo("""
                GET
                /test.txt

                host:examplebucket.s3.amazonaws.com
                range:bytes=0-9
                x-amz-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                x-amz-date:20130524T000000Z

                host;range;x-amz-content-sha256;x-amz-date
                e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855""");
        assertThat(signer.stringToSign(TIME, canonicalRequest)).isEqualTo("""
                AWS4-HMAC-SHA256
                20130524T000000Z
                20130524/us-east-1/s3/aws4_request
                7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972""");
        assertThat(signer.authorization("GET", "/test.txt", "", headers, SigV4Signer.EMPTY_PAYLOAD_SHA256, TIME))
                .isEqualTo("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
                        + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,"
                        + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
    }

    @Test
    void shouldSignAwsPutObjectExample() {
        String payload = SigV4Signer.sha256Hex("Welcome to Amazon S3.".getBytes(StandardCharsets.UTF_8));
        assertThat(payload).isEqualTo("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", "examplebucket.s3.amazonaws.com");
        headers.put("Date", "Fri, 24 May 2013 00:00:00 GMT");
        headers.put("x-amz-date", "20130524T000000Z");
        headers.put("x-amz-storage-class", "REDUCED_REDUNDANCY");
        headers.put("x-amz-content-sha256", payload);
        String path = SigV4Signer.uriEncodePath("/test$file.text");

        assertThat(path).isEqualTo("/test%24file.text");
        assertThat(signer.authorization("PUT", path, "", headers, payload, TIME))
                .endsWith(",SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class,"
                        + "Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd");
    }

    @Test
    void shouldEncodePathsAsS3Wants() {
        assertThat(SigV4Signer.uriEncodePath("/coop-documents/0123abcd")).isEqualTo("/coop-documents/0123abcd");
        assertThat(SigV4Signer.uriEncodePath("/a b+c~d_e.f/é")).isEqualTo("/a%20b%2Bc~d_e.f/%C3%A9");
    }

    @Test
    void shouldFoldSpacesInHeaderValues() {
        Map<String, String> headers = Map.of("X-Amz-Meta-Note", "  deux   espaces  ");

        assertThat(signer.canonicalRequest("GET", "/", "", headers, SigV4Signer.EMPTY_PAYLOAD_SHA256))
                .contains("\nx-amz-meta-note:deux espaces\n");
    }

    @Test
    void shouldWriteTheHostHeaderAsHttpClientDoes() {
        assertThat(S3Storage.hostHeader(URI.create("http://storage:9000/b/k"))).isEqualTo("storage:9000");
        assertThat(S3Storage.hostHeader(URI.create("http://storage:80/b/k"))).isEqualTo("storage");
        assertThat(S3Storage.hostHeader(URI.create("https://s3.example.org/b/k"))).isEqualTo("s3.example.org");
        assertThat(S3Storage.hostHeader(URI.create("https://s3.example.org:443/b/k"))).isEqualTo("s3.example.org");
        assertThat(S3Storage.hostHeader(URI.create("https://s3.example.org:8443/b/k"))).isEqualTo("s3.example.org:8443");
    }
}
