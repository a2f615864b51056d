package org.csx.gateway.registration;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Structured content of a §605 notice of registration; a later step renders it. */
record NoticeOfRegistration(List<NoticeParagraph> paragraphs) {

    public NoticeOfRegistration {
        paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
    }

    public List<NoticeElement> elements() {
        return paragraphs.stream().map(NoticeParagraph::element).toList();
    }

    public Optional<String> text(NoticeElement element) {
        return paragraphs.stream().filter(p -> p.element() == element).map(NoticeParagraph::text).findFirst();
    }
}
