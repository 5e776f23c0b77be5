// A scan worker that dies before it answers anything.
process.exit(3);
