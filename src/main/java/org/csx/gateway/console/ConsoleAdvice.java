package org.csx.gateway.console;

import java.security.Principal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every console page knows who is signed in (for the header and for showing actions only to those who may). */
@ControllerAdvice(basePackageClasses = ConsoleAdvice.class)
class ConsoleAdvice {

    private final ConsoleTimes times;

    ConsoleAdvice(ConsoleTimes times) {
        this.times = times;
    }

    /** Times in the registry's zone: {@code ${times.format(t.receivedAt, 'yyyy-MM-dd HH:mm')}}. */
    @ModelAttribute("times")
    ConsoleTimes times() {
        return times;
    }

    @ModelAttribute("user")
    ConsoleUser user(Principal principal) {
        return ConsoleUser.of(principal);
    }
}
