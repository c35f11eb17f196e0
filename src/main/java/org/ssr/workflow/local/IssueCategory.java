package org.ssr.workflow.local;

import org.ssr.workflow.engine.Labelled;

/** What an issue raised at a local platform meeting is about (the report form's select). */
public enum IssueCategory implements Labelled {
  CRIME("crime", "Crime and insecurity"),
  ABUSE("abuse", "Abuse or harassment by a security force"),
  EXTORTION("extortion", "Extortion, bribes, illegal checkpoints"),
  DETENTION("detention", "Arrest and detention"),
  CONFLICT("conflict", "Local conflict or violence"),
  ACCESS_TO_JUSTICE("accessToJustice", "Access to justice"),
  RESPONSIVENESS("responsiveness", "Response time and presence of forces"),
  OTHER("other", "Other");

  private final String id;
  private final String label;

  IssueCategory(String id, String label) {
    this.id = id;
    this.label = label;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String label() {
    return label;
  }
}
