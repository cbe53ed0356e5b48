/**
 * The jury paritaire de délibération: its members, its session, the votes cast on a candidate and
 * the verdict it declared. Any jury that actually sat can be represented, conform or not; whether
 * it was conform is judged by cqpm-rules and reported by the Bean Validation constraints of {@link
 * io.github.cqpm.model.validation}.
 */
@CqpmStyle
package io.github.cqpm.model.jury;

import io.github.cqpm.model.internal.CqpmStyle;
