// Loaded with `node --require` (NODE_OPTIONS) by the bench into a CLI process it times: prints the process's
// peak resident set (getrusage's maxrss, KiB on Linux) on stderr as it exits, for test/bench/process-peak.ts.
process.on('exit', () => {
  process.stderr.write(`\n@peak-rss-kib ${process.resourceUsage().maxRSS}\n`);
});
