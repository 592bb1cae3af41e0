package org.parkwatch.backend.onboarding;

/**
 * A problem with an enterprise to be added, in words the engineer can act on (file, row, field).
 */
public final class OnboardingException extends RuntimeException {
    public OnboardingException(String message) {
        super(message);
    }
}
