package org.csx.gateway.console;

import java.security.Principal;
import org.csx.gateway.identity.Identity;
import org.csx.gateway.identity.StaffRole;

/** The staff member signed in, as the console's pages need them: a name, and whether they may act. */
record ConsoleUser(String name, boolean mayAct, boolean maySeeNames) {

    /** Specialists and up act (route, replay, close) and see parties' names; viewers read. */
    static ConsoleUser of(Principal principal) {
        Object who = principal instanceof org.springframework.security.core.Authentication a ? a.getPrincipal() : principal;
        if (who instanceof Identity identity && identity.kind() == Identity.Kind.STAFF) {
            boolean specialist = identity.staffRoles().stream().anyMatch(r -> r != StaffRole.VIEWER);
            return new ConsoleUser(identity.name(), specialist, specialist);
        }
        return new ConsoleUser(principal == null ? "anonymous" : principal.getName(), false, false);
    }
}
