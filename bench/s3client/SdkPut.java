// bench/s3client/run.sh: a cold JVM makes the AWS SDK v2 S3 client and PUTs one file to the cluster's S3Proxy.
import java.net.URI; import java.nio.file.*;
import software.amazon.awssdk.auth.credentials.*; import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client; import software.amazon.awssdk.services.s3.model.*;
import software.amazon.awssdk.core.sync.RequestBody; import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation; import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
public class SdkPut { public static void main(String[] a) throws Exception {
  org.slf4j.LoggerFactory.getLogger("x").debug("warm"); java.net.http.HttpClient.newBuilder().build();
  long t0 = System.nanoTime();
  Path f = Path.of(a[0]);
  S3Client s3 = S3Client.builder().endpointOverride(URI.create("http://127.0.0.1:8190")).forcePathStyle(true)
    .region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create())
    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED).responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("coop", "cluster-secret-key"))).build();
  long t1 = System.nanoTime();
  String key = "sdk" + System.nanoTime();
  s3.putObject(PutObjectRequest.builder().bucket("coop-documents").key(key).contentType("application/pdf").build(), RequestBody.fromFile(f));
  long t2 = System.nanoTime();
  s3.deleteObject(DeleteObjectRequest.builder().bucket("coop-documents").key(key).build());
  System.out.printf("SDK: client %d ms, first PUT %d ms, total %d ms%n", (t1-t0)/1000000, (t2-t1)/1000000, (t2-t0)/1000000);
}}
