package org.csx.gateway.console;

import java.security.Principal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every console page knows who is signed in (for the header and for showing actions only to those who may). */
@ControllerAdvice(basePackageClasses = ConsoleAdvice.class)
class ConsoleAdvice {

    @ModelAttribute("user")
    ConsoleUser user(Principal principal) {
        return ConsoleUser.of(principal);
    }
}
