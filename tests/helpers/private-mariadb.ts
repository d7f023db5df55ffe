import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./ports";

const MARIADBD = "/usr/sbin/mariadbd";

/** A MariaDB server of the test's own (its own data folder and port), which it may crash and start again. */
export function canRunPrivateMariadb(): boolean {
  const onPath = (process.env.PATH ?? "").split(path.delimiter).some((d) => fs.existsSync(path.join(d, "mariadb-install-db")));
  return onPath && fs.existsSync(MARIADBD);
}

export interface PrivateMariadb {
  url: string;
  /** Starts the server (again) on the same data and port; resolves when it accepts connections. */
  start(): Promise<void>;
  /** Kills the server at once (SIGKILL), as a crash would. */
  crash(): Promise<void>;
  /** Stops the server and removes its data. */
  remove(): Promise<void>;
}

export async function privateMariadb(): Promise<PrivateMariadb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samverka-mariadb-"));
  const data = path.join(dir, "data");
  execFileSync("mariadb-install-db", ["--no-defaults", `--datadir=${data}`, "--user=root", "--auth-root-authentication-method=normal", "--skip-test-db"], {
    stdio: "ignore",
  });
  const port = await freePort();
  let child: ChildProcess | null = null;

  async function start() {
    const proc = spawn(
      MARIADBD,
      [
        "--no-defaults",
        `--datadir=${data}`,
        `--port=${port}`,
        `--socket=${path.join(dir, "mariadb.sock")}`,
        `--pid-file=${path.join(dir, "mariadb.pid")}`,
        "--bind-address=127.0.0.1",
        "--user=root",
        "--skip-grant-tables",
        "--skip-name-resolve",
        "--innodb-buffer-pool-size=64M",
      ],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
    child = proc;
    await new Promise<void>((resolve, reject) => {
      let log = "";
      proc.stderr!.on("data", (c: Buffer) => {
        log += c.toString();
        if (log.includes("ready for connections")) resolve();
      });
      proc.once("exit", (code) => reject(new Error(`mariadbd exited with ${code}:\n${log.slice(-2000)}`)));
    });
  }

  async function halt(signal: NodeJS.Signals) {
    const proc = child;
    child = null;
    if (!proc || proc.exitCode !== null || proc.signalCode) return;
    const exited = new Promise((r) => proc.once("exit", r));
    proc.kill(signal);
    await exited;
  }

  await start();
  return {
    url: `mariadb://root@127.0.0.1:${port}`,
    start,
    crash: () => halt("SIGKILL"),
    async remove() {
      await halt("SIGTERM");
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
