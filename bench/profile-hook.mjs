// Preloaded into a server process by bench/profile.mjs (node --import): SIGUSR2 starts a V8 CPU
// profile, the next SIGUSR2 stops it and writes it to $PROFILE_OUT/<n>.cpuprofile, so that only the
// measured requests are in it (not start-up, not the warm-up).
import fs from "node:fs";
import inspector from "node:inspector";
import path from "node:path";

const session = new inspector.Session();
session.connect();
let running = false;
let n = 0;
process.on("SIGUSR2", () => {
  if (!running) {
    running = true;
    session.post("Profiler.enable", () => session.post("Profiler.setSamplingInterval", { interval: 200 }, () => session.post("Profiler.start")));
    return;
  }
  session.post("Profiler.stop", (err, res) => {
    running = false;
    if (err) return console.error(err);
    const file = path.join(process.env.PROFILE_OUT, `${++n}.cpuprofile`);
    fs.writeFileSync(file, JSON.stringify(res.profile));
    process.stdout.write(`profile written ${file}\n`);
  });
});
