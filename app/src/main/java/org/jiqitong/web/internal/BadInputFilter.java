package org.jiqitong.web.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first look at every request, before the security filters read anything of its body:
 * <ul>
 * <li>an upload (multipart) is refused before a byte of it is read when it carries no credentials (no live session,
 * no {@code Authorization}: every upload route is for signed-in users) or when its declared length exceeds what its
 * route accepts — 10 MB materials, 1 GB registry deliveries (issue 13.8; Tomcat used to spool 52 MB of an anonymous
 * POST to disk before the CSRF check refused it); an API upload is parsed only after its caller is authenticated;</li>
 * <li>a request whose parameters or upload file names hold control characters (NUL …) is answered 400 naming the
 * parameter (issue 13.12) — problem JSON for the API, Open311's error list for Open311, the error page for people;</li>
 * <li>the error page of a refused upload never parses the upload again (it may be the reason of the refusal).</li>
 * </ul>
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10)
class BadInputFilter extends OncePerRequestFilter {

    private static final long MB = 1024 * 1024;
    /** Upload routes by prefix and the most their whole request may declare; anything else: {@link #DEFAULT_LIMIT}. */
    private static final Map<String, Long> LIMITS = Map.of("/registry/imports", 1024 * MB, "/api/v1/imports/", 1024 * MB,
            "/admin/calendar/import", 2 * MB, "/my/demands", 32 * MB);
    private static final long DEFAULT_LIMIT = 11 * MB; // one 10 MB material and its form fields

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean multipart = request.getContentType() != null
                && request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/");
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            chain.doFilter(multipart ? new WithoutBody(request) : request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (multipart) {
            boolean credentials = request.getHeader("Authorization") != null
                    || (request.getRequestedSessionId() != null && request.isRequestedSessionIdValid());
            if (!credentials) {
                refuse(request, response, path, 401, "请先登录再上传文件");
                return;
            }
            long limit = LIMITS.entrySet().stream().filter(e -> path.startsWith(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(DEFAULT_LIMIT);
            long length = request.getContentLengthLong();
            if (length < 0 && limit <= DEFAULT_LIMIT) {
                refuse(request, response, path, 411, "上传须声明长度(Content-Length)");
                return;
            }
            if (length > limit) {
                refuse(request, response, path, 413, "上传内容超过该功能允许的 " + (limit / MB) + " MB");
                return;
            }
        }
        if (multipart && path.startsWith("/api/")) {
            // the API's callers authenticate by header, checked before anything reads the body: the upload is parsed
            // only after that (a bad part is then the API's 400), never spooled for a caller that turns out unknown
            chain.doFilter(request, response);
            return;
        }
        Optional<String> problem;
        try {
            problem = BadInput.inParameters(request.getParameterMap());
            if (problem.isEmpty() && multipart) {
                for (var part : request.getParts()) {
                    String name = part.getSubmittedFileName();
                    if (name != null && BadInput.hasControl(name)) {
                        problem = Optional.of("上传文件名含有不允许的控制字符(如 NUL)");
                        break;
                    }
                }
            }
        } catch (RuntimeException | IOException | ServletException e) {
            if (!multipart) {
                throw e;
            }
            problem = Optional.of("上传的内容无法解析(文件名含控制字符或格式有误)"); // Tomcat refused it while parsing
        }
        if (problem.isPresent()) {
            refuse(request, response, path, 400, problem.get());
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String path, int status,
            String problem) throws IOException {
        String detail = problem.replace("\\", "\\\\").replace("\"", "\\\"");
        if (path.startsWith("/api/")) {
            write(response, status, "application/problem+json", "{\"type\":\"about:blank\",\"title\":\"Bad request\","
                    + "\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
        } else if (path.startsWith("/open311/")) {
            write(response, status, "application/json", "[{\"code\":" + status + ",\"description\":\"" + detail + "\"}]");
        } else {
            request.setAttribute(BadInput.ATTRIBUTE, problem);
            response.sendError(status);
        }
    }

    private static void write(HttpServletResponse response, int status, String type, String body) throws IOException {
        response.setStatus(status);
        response.setContentType(type);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }

    /** An error dispatch of an upload, seen without its body: the error page reads no parameter and no part. */
    private static final class WithoutBody extends HttpServletRequestWrapper {
        WithoutBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public java.util.Collection<jakarta.servlet.http.Part> getParts() {
            return java.util.List.of();
        }

        @Override
        public jakarta.servlet.http.Part getPart(String name) {
            return null;
        }
    }
}
