package org.jiqitong.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.stereotype.Controller;

/**
 * A controller of pages (Thymeleaf views), as opposed to a {@code @RestController} of the API: the layout's model
 * attributes (the signed-in person, the navigation) are added for these only — a {@code @RestController} is a
 * {@code @Controller} too, and building a page's model for every API answer was a twelfth of an entity's matches.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PageController {
}
