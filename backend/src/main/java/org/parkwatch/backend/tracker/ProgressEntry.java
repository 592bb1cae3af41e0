package org.parkwatch.backend.tracker;

/**
 * One progress entry on a plan task: who wrote it, when, what, and the task's progress it reports.
 *
 * @param tsMs when it was filed (epoch ms, UTC)
 * @param author the login name of who filed it
 * @param role the filer's role id ({@code regulator}, {@code operator}, {@code admin})
 * @param percent the task's progress as of this entry, 0–100
 */
public record ProgressEntry(
        long id, String taskId, long tsMs, String author, String role, String text, int percent) {}
