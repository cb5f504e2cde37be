/**
 * Answers given to an instrument, how they are coded, and what is wrong with them.
 *
 * <p>Violations name only the item id, the offending value (cut to 40 characters) and what
 * was expected, so no other response data reaches logs or exception messages.
 *
 * @since 0.1.0
 */
package org.attune.response;
