package org.csx.gateway.registration;

import java.util.Objects;

/** One paragraph of the notice: which required element it carries and its plain text. */
record NoticeParagraph(NoticeElement element, String text) {

    public NoticeParagraph {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(text, "text");
    }
}
