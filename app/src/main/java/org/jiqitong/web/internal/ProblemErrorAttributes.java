package org.jiqitong.web.internal;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * The error page's attributes (HTML and JSON alike) carry the reason a request was refused as bad input — set by
 * {@link BadInputFilter} and {@link PageProblems} — and never an exception's own message.
 */
@Component
class ProblemErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object problem = request.getAttribute(BadInput.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (problem != null) {
            attributes.put("message", problem);
        }
        return attributes;
    }
}
