package org.coopenligne.documents.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jboss.logging.Logger;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Objects in a bucket of an S3-compatible store (MinIO in docker-compose.yml), spoken to over its REST API
 * with {@link HttpClient} and AWS Signature V4, in path style ({@code <endpoint>/<bucket>/<key>}), as MinIO
 * wants. No SDK: five operations (PUT, GET, HEAD, DELETE, ListObjectsV2) are all the application needs, and the
 * SDK's client costs a replica's start more than the 3 s it has (README, "A maintained S3 client").
 * <p>
 * An upload is first spooled to a private temporary file on the local disk (checked, measured and hashed
 * on the way, see {@link DocumentStorage}); only an accepted file is sent, by a {@code PUT} that streams
 * from that file with its {@code Content-Length} and its SHA-256 in {@code x-amz-content-sha256}, which the
 * store verifies against what it receives. The temporary file is deleted whatever happens. Downloads
 * stream from the HTTP answer.
 */
public class S3Storage implements DocumentStorage {

    private static final Logger LOG = Logger.getLogger(S3Storage.class);
    private static final Pattern BUCKET_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);
    static final String SPOOL_PREFIX = "coop-upload-";

    private final URI endpoint;
    private final String basePath;
    private final String bucket;
    private final SigV4Signer signer;
    private final Path spoolDirectory;
    private final Clock clock;
    private final HttpClient http;
    /** Keys per page of a listing (S3 gives 1,000 at most); smaller in a test. */
    int listPageSize = 1000;

    /**
     * @param endpoint the store's address, e.g. {@code http://storage:9000}
     * @param spoolDirectory where uploads wait while they are checked; null for the system's temporary directory
     */
    public S3Storage(URI endpoint, String region, String bucket, String accessKey, String secretKey, Path spoolDirectory) {
        this(endpoint, region, bucket, accessKey, secretKey, spoolDirectory, Clock.systemUTC(),
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT).build());
    }

    S3Storage(URI endpoint, String region, String bucket, String accessKey, String secretKey, Path spoolDirectory,
              Clock clock, HttpClient http) {
        String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || endpoint.getHost() == null
                || endpoint.getRawQuery() != null) {
            throw new IllegalArgumentException("The S3 endpoint must be http(s)://host[:port], not " + endpoint);
        }
        if (!BUCKET_NAME.matcher(bucket).matches()) {
            throw new IllegalArgumentException("Not an S3 bucket name: " + bucket);
        }
        this.endpoint = endpoint;
        String path = endpoint.getPath() == null ? "" : endpoint.getPath(); // decoded: encoded once below
        this.basePath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        this.bucket = bucket;
        this.signer = new SigV4Signer(accessKey, secretKey, region, "s3");
        this.spoolDirectory = spoolDirectory;
        this.clock = clock;
        this.http = http;
    }

    @Override
    public StoredFile store(InputStream content, long maxBytes) throws IOException {
        Path spool = createSpoolFile();
        try {
            CheckedCopy.Result result;
            try (OutputStream out = Files.newOutputStream(spool)) {
                result = CheckedCopy.copy(content, out, maxBytes);
            }
            String key = StorageKeys.newKey();
            HttpRequest request = signed("PUT", key, result.sha256(), Map.of("content-type", result.kind().mediaType()))
                    .PUT(HttpRequest.BodyPublishers.ofFile(spool))
                    .build();
            HttpResponse<String> response;
            try {
                response = send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (StorageUnavailableException e) {
                removeQuietly(key); // the object may have been written before the connection broke
                throw e;
            }
            if (response.statusCode() != 200) {
                throw failure("PUT", key, response.statusCode(), response.body());
            }
            return new StoredFile(key, result.size(), result.sha256(), result.kind());
        } finally {
            try {
                Files.deleteIfExists(spool);
            } catch (IOException e) {
                LOG.warnf(e, "Could not delete the temporary upload %s", spool);
            }
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        StorageKeys.require(key);
        HttpResponse<InputStream> response = send(signed("GET", key, SigV4Signer.EMPTY_PAYLOAD_SHA256, Map.of())
                .GET().build(), BodyHandlers.ofInputStream());
        if (response.statusCode() == 200) {
            return response.body();
        }
        String body = readSome(response.body());
        if (response.statusCode() == 404 && !body.contains("NoSuchBucket")) {
            throw new DocumentNotFoundException();
        }
        throw failure("GET", key, response.statusCode(), body);
    }

    @Override
    public void delete(String key) throws IOException {
        StorageKeys.require(key);
        HttpResponse<String> response = send(signed("DELETE", key, SigV4Signer.EMPTY_PAYLOAD_SHA256, Map.of())
                .DELETE().build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
        int status = response.statusCode();
        boolean gone = status == 204 || status == 200 || (status == 404 && !response.body().contains("NoSuchBucket"));
        if (!gone) {
            throw failure("DELETE", key, status, response.body());
        }
    }

    @Override
    public boolean exists(String key) throws IOException {
        if (!StorageKeys.isWellFormed(key)) {
            return false;
        }
        HttpResponse<Void> response = send(signed("HEAD", key, SigV4Signer.EMPTY_PAYLOAD_SHA256, Map.of())
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), BodyHandlers.discarding());
        return switch (response.statusCode()) {
            case 200 -> true;
            case 404 -> false;
            default -> throw failure("HEAD", key, response.statusCode(), "");
        };
    }

    @Override
    public void forEachKey(Instant storedBefore, Consumer<String> visitor) throws IOException {
        String token = null;
        do { // ListObjectsV2, a page at a time
            Map<String, String> query = new TreeMap<>(Map.of("list-type", "2", "max-keys", String.valueOf(listPageSize)));
            if (token != null) {
                query.put("continuation-token", token);
            }
            String canonicalQuery = query.entrySet().stream()
                    .map(e -> encodeComponent(e.getKey()) + "=" + encodeComponent(e.getValue()))
                    .collect(Collectors.joining("&"));
            HttpResponse<InputStream> response = send(signedRequest("GET", "", canonicalQuery,
                    SigV4Signer.EMPTY_PAYLOAD_SHA256, Map.of()).GET().build(), BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                throw failure("GET (list)", "", response.statusCode(), readSome(response.body()));
            }
            Element result;
            try (InputStream body = response.body()) {
                result = parse(body);
            }
            NodeList contents = result.getElementsByTagName("Contents");
            for (int i = 0; i < contents.getLength(); i++) {
                Element object = (Element) contents.item(i);
                String key = text(object, "Key");
                String modified = text(object, "LastModified");
                if (StorageKeys.isWellFormed(key) && modified != null && Instant.parse(modified).isBefore(storedBefore)) {
                    visitor.accept(key);
                }
            }
            token = "true".equals(text(result, "IsTruncated")) ? text(result, "NextContinuationToken") : null;
        } while (token != null);
    }

    /** A list's answer, read without DTDs nor external entities. */
    private static Element parse(InputStream xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(xml).getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new StorageUnavailableException("The object storage's list answer is not XML: " + e.getMessage());
        }
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }

    /** A query string's name or value, URI-encoded as SigV4 wants it ('/' included). */
    static String encodeComponent(String value) {
        return SigV4Signer.uriEncodePath(value).replace("/", "%2F");
    }

    /** A request for the object {@code key}, signed for now; the caller sets the method and the body. */
    private HttpRequest.Builder signed(String method, String key, String payloadSha256, Map<String, String> extraHeaders) {
        return signedRequest(method, "/" + key, "", payloadSha256, extraHeaders);
    }

    /** A request for the bucket's path followed by {@code suffix} ("" for the bucket itself), with its query. */
    private HttpRequest.Builder signedRequest(String method, String suffix, String canonicalQuery, String payloadSha256,
                                              Map<String, String> extraHeaders) {
        String path = SigV4Signer.uriEncodePath(basePath + "/" + bucket + suffix);
        URI uri = URI.create(endpoint.getScheme() + "://" + endpoint.getRawAuthority() + path
                + (canonicalQuery.isEmpty() ? "" : "?" + canonicalQuery));
        Instant now = clock.instant();
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        headers.put("x-amz-content-sha256", payloadSha256);
        headers.put("x-amz-date", SigV4Signer.AMZ_DATE.format(now));
        Map<String, String> signedHeaders = new LinkedHashMap<>(headers);
        signedHeaders.put("host", hostHeader(uri));
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .header("Authorization", signer.authorization(method, path, canonicalQuery, signedHeaders, payloadSha256, now));
        headers.forEach(builder::header); // Host and Content-Length are set by HttpClient itself
        return builder;
    }

    /** The Host header as {@link HttpClient} writes it: the port only when it is not the scheme's default. */
    static String hostHeader(URI uri) {
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("https".equalsIgnoreCase(uri.getScheme()) ? port == 443 : port == 80);
        return defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageUnavailableException(new InterruptedIOException("Interrupted while calling " + request.uri()));
        } catch (IOException e) {
            LOG.errorf("The object storage did not answer %s %s: %s", request.method(), request.uri(), e);
            throw new StorageUnavailableException(e);
        }
    }

    private Path createSpoolFile() throws IOException {
        if (spoolDirectory == null) {
            return Files.createTempFile(SPOOL_PREFIX, ".part");
        }
        Files.createDirectories(spoolDirectory);
        return Files.createTempFile(spoolDirectory, SPOOL_PREFIX, ".part");
    }

    private void removeQuietly(String key) {
        try {
            delete(key);
        } catch (RuntimeException | IOException e) {
            LOG.warnf("Could not remove %s after a failed upload; it may remain in the bucket %s", key, bucket);
        }
    }

    private StorageUnavailableException failure(String method, String key, int status, String body) {
        String reason = "S3 " + method + " " + bucket + "/" + key + " answered " + status + (body.isEmpty() ? "" : ": " + body);
        LOG.error(reason);
        return new StorageUnavailableException(reason);
    }

    private static String readSome(InputStream body) throws IOException {
        try (InputStream in = body) {
            return new String(in.readNBytes(4096), StandardCharsets.UTF_8);
        }
    }
}
