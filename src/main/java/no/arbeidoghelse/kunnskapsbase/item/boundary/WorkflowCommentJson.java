package no.arbeidoghelse.kunnskapsbase.item.boundary;

/** The optional body of a workflow action: a comment kept in the history. */
public record WorkflowCommentJson(String comment) {}
