package org.m4sd.examples.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty gives before a request reaches the service (a request line or header that is not HTTP,
 * headers over Jetty's size limit), as {@link Problem}s like every other error, never Jetty's HTML page.
 */
final class JettyProblems extends ErrorHandler {
    private final ObjectMapper mapper;

    JettyProblems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = request.getHttpURI() == null || request.getHttpURI().getPath() == null ? "/"
                : request.getHttpURI().getPath();
        byte[] body = json(response.getStatus(), request.getAttribute(ERROR_MESSAGE), path);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        return ByteBuffer.wrap(json(status, reason, "/"));
    }

    private byte[] json(int status, Object reason, String path) {
        String title = HttpStatus.getMessage(status);
        String detail = "the request could not be read as HTTP"
                + (reason == null || reason.toString().isBlank() || reason.toString().equals(title) ? ""
                        : ": " + reason);
        if (status == HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431) {
            detail = "the request's headers are larger than the service accepts";
        }
        return Problem.of(status, title, detail).toJson(mapper, path).getBytes(StandardCharsets.UTF_8);
    }
}
