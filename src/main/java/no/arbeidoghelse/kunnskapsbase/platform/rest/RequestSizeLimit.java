package no.arbeidoghelse.kunnskapsbase.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import no.arbeidoghelse.kunnskapsbase.platform.config.Settings;

/**
 * Refuses JSON bodies above {@code kb.api.max-json-bytes} with 413, before they are read when the
 * length is declared and while reading when it is not (chunked), so a huge body never fills the
 * heap. Multipart uploads have their own, larger limit.
 */
@Provider
public class RequestSizeLimit implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    MediaType type = request.getMediaType();
    if (type == null || type.getType().equals("multipart")) {
      return;
    }
    long limit = Settings.maxJsonBytes();
    if (request.getLength() > limit) {
      throw tooLarge(limit);
    }
    request.setEntityStream(new LimitedStream(request.getEntityStream(), limit));
  }

  private static ApiException tooLarge(long limit) {
    return ApiException.payloadTooLarge(
        "The request body is larger than the allowed " + limit + " bytes.");
  }

  private static final class LimitedStream extends FilterInputStream {
    private final long limit;
    private long count;

    LimitedStream(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      count += n;
      if (count > limit) {
        throw tooLarge(limit);
      }
    }
  }
}
