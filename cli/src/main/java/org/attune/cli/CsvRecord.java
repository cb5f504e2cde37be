package org.attune.cli;

import org.attune.response.ViolationCode;

/**
 * One record of a CSV file.
 *
 * @param line the physical line it starts on (1-based)
 * @param cells the cells as read, untrimmed; a cell that could not be read is null
 * @param problem what makes the whole record unreadable, or null
 */
record CsvRecord(long line, String[] cells, ViolationCode problem) {}
