// bench/s3client/run.sh: a cold JVM makes the hand-written S3Storage and stores one file in the cluster's S3Proxy.
import java.net.URI; import java.nio.file.*; import java.io.InputStream;
import org.coopenligne.documents.storage.*;
public class HandPut { public static void main(String[] a) throws Exception {
  org.jboss.logging.Logger.getLogger("x").debug("warm"); java.net.http.HttpClient.newBuilder().build();
  long t0 = System.nanoTime();
  S3Storage s3 = new S3Storage(URI.create("http://127.0.0.1:8190"), "us-east-1", "coop-documents", "coop", "cluster-secret-key", null);
  long t1 = System.nanoTime();
  StoredFile st; try (InputStream in = Files.newInputStream(Path.of(a[0]))) { st = s3.store(in, 20_000_000); }
  long t2 = System.nanoTime();
  s3.delete(st.key());
  System.out.printf("hand-written: client %d ms, first PUT %d ms, total %d ms%n", (t1-t0)/1000000, (t2-t1)/1000000, (t2-t0)/1000000);
}}
