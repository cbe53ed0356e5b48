package io.github.cqpm.cli;

import java.time.Instant;

/**
 * What an audit's summary says of the run itself, so that it can be reproduced: the cqpm that
 * ran, the input (its name as given, {@code -} for standard input; its size and SHA-256 as read)
 * and when the run started and ended.
 *
 * @param version the cqpm version
 * @param file the input's name as given
 * @param bytes the bytes read
 * @param sha256 their SHA-256, in hexadecimal
 * @param started when the run started
 * @param ended when it ended
 */
record AuditTrail(String version, String file, long bytes, String sha256, Instant started, Instant ended) {}
