/** Marker a process runtime prints before each file's JSON report on stdout. */
export const FILE_MARKER = '@@core-file ';
