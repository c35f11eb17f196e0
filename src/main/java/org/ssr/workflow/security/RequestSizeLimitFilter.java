package org.ssr.workflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Caps request bodies. spring.servlet.multipart limits only Spring's own multipart parsing; the engine REST API
 * (Jersey) reads deployments and file variables itself, and Tasklist submits uploaded files base64-encoded inside a
 * JSON body, which nothing else limits. A declared Content-Length above the limit is refused with 413 before anything
 * is read; a chunked body fails once it passes the limit.
 */
public class RequestSizeLimitFilter extends HttpFilter {

  private final long maxBytes;

  public RequestSizeLimitFilter(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getContentLengthLong() > maxBytes) {
      // answer at once and close: the container must not wait for (or swallow) the rest of the body
      response.setHeader("Connection", "close");
      JsonErrors.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, tooLarge());
      response.flushBuffer();
      return;
    }
    if (request.getContentLengthLong() >= 0) {
      // the container never reads more than the declared length
      chain.doFilter(request, response);
      return;
    }
    chain.doFilter(new LimitedRequest(request), response);
  }

  private String tooLarge() {
    return "The request is larger than the allowed " + (maxBytes / (1024 * 1024)) + " MB. Upload a smaller file.";
  }

  /** A body without Content-Length (chunked): counted while it is read. */
  private final class LimitedRequest extends HttpServletRequestWrapper {
    private ServletInputStream stream;

    LimitedRequest(HttpServletRequest request) {
      super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream in = super.getInputStream();
        stream = new ServletInputStream() {
          private long read;

          @Override
          public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
              count(1);
            }
            return b;
          }

          @Override
          public int read(byte[] buffer, int off, int len) throws IOException {
            int n = in.read(buffer, off, len);
            if (n > 0) {
              count(n);
            }
            return n;
          }

          private void count(int n) throws IOException {
            read += n;
            if (read > maxBytes) {
              throw new IOException(tooLarge());
            }
          }

          @Override
          public boolean isFinished() {
            return in.isFinished();
          }

          @Override
          public boolean isReady() {
            return in.isReady();
          }

          @Override
          public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
          }
        };
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding();
      Charset charset = encoding != null ? Charset.forName(encoding) : StandardCharsets.UTF_8;
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }
}
