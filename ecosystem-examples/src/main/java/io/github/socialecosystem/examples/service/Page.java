package io.github.socialecosystem.examples.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The page the service serves at {@code /}, and the files it loads from {@code /page/}: its
 * script, its style sheet and Mermaid's browser bundle, all read from the jar. They hold nothing
 * of the ecosystem or the policy (the page fetches those from the API, with the token if the
 * service has one), so they are served to anyone who asks.
 */
final class Page {
  /**
   * Only the page's own files may run or be fetched; styles may be inline because Mermaid writes
   * its drawing's styles into the SVG.
   */
  static final String CONTENT_SECURITY_POLICY = String.join("; ",
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'");

  /**
   * A file of the page: its media type, its bytes (and the same compressed with gzip), and its
   * entity tag (a hash of the bytes), by which a browser that has it already is told it has not
   * changed.
   */
  static final class Asset {
    private final String type;
    private final byte[] bytes;
    private final String etag;
    /** Compressed on first use: most services never send the bundle. */
    private volatile byte @Nullable [] gzipped;

    Asset(String type, byte[] bytes, String etag) {
      this.type = type;
      this.bytes = bytes;
      this.etag = etag;
    }

    String type() {
      return type;
    }

    String etag() {
      return etag;
    }

    int length(boolean gzip) {
      return gzip ? gzipped().length : bytes.length;
    }

    void writeTo(OutputStream out, boolean gzip) throws IOException {
      out.write(gzip ? gzipped() : bytes);
    }

    private byte[] gzipped() {
      byte[] packed = gzipped;
      if (packed == null) {
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(buffer)) {
          out.write(bytes);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        packed = buffer.toByteArray();
        gzipped = packed;  // two threads may both compress it once: same bytes either way
      }
      return packed;
    }
  }

  private static final Map<String, String> FILES = Map.of(
      "/", "index.html",
      "/page/page.js", "page.js",
      "/page/page.css", "page.css",
      "/page/mermaid.min.js", "mermaid.min.js");

  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8");

  private Page() {}

  /** Reads the page's files now, if they have not been read: fails if the jar lacks one. */
  static void load() {
    if (Files.ASSETS.size() != FILES.size()) {
      throw new IllegalStateException("the page's files are not all there");
    }
  }

  /**
   * Whether an {@code If-None-Match} header names {@code etag}: a list of tags, weak ({@code W/})
   * or strong, or {@code *}, compared weakly as the header asks.
   */
  static boolean matches(@Nullable String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String tag : ifNoneMatch.split(",", -1)) {
      String t = tag.strip();
      if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an {@code Accept-Encoding} header accepts gzip (and does not refuse it with q=0). */
  static boolean acceptsGzip(String acceptEncoding) {
    for (String part : acceptEncoding.split(",", -1)) {
      String[] pieces = part.strip().split(";", -1);
      String coding = pieces[0].strip().toLowerCase(java.util.Locale.ROOT);
      if (coding.equals("gzip") || coding.equals("x-gzip")) {
        for (int i = 1; i < pieces.length; i++) {
          String parameter = pieces[i].strip().replace(" ", "");
          if (parameter.matches("q=0(\\.0*)?")) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** Whether {@code path} names one of the page's files. */
  static boolean serves(String path) {
    return FILES.containsKey(path);
  }

  /** The file at {@code path}, if the page has one there. */
  static Optional<Asset> asset(String path) {
    String name = FILES.get(path);
    return name == null ? Optional.empty() : Optional.ofNullable(Files.ASSETS.get(name));
  }

  /** Read on first use, once: the bundle is three megabytes a service without a page never reads. */
  private static final class Files {
    static final Map<String, Asset> ASSETS = Map.of(
        "index.html", read("index.html"),
        "page.js", read("page.js"),
        "page.css", read("page.css"),
        "mermaid.min.js", read("mermaid.min.js"));

    private static Asset read(String name) {
      try (InputStream in = Page.class.getResourceAsStream("page/" + name)) {
        if (in == null) {
          throw new IllegalStateException("the jar lacks the page's file " + name);
        }
        String extension = name.substring(name.lastIndexOf('.') + 1);
        byte[] bytes = in.readAllBytes();
        String etag = "\"" + Loaded.hash(new String(bytes, StandardCharsets.ISO_8859_1))
            .substring(0, 32) + "\"";
        return new Asset(TYPES.getOrDefault(extension, "application/octet-stream"), bytes, etag);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
