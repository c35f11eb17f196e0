package org.ssr.workflow.oversight;

/** A caller broke the call-activity contract of the oversight review (a programming error, not a business outcome). */
public class InvalidReviewRequestException extends IllegalArgumentException {
  public InvalidReviewRequestException(String message) {
    super(message);
  }
}
