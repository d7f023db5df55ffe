import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Express, Request, Response } from "express";
import multer from "multer";
import type { Actor } from "../../auth/actor";
import type { Config } from "../../config/config";
import { renderCalendar } from "../../shared/calendar";
import { type CsvCell, renderCsv } from "../../shared/csv";
import { stockholmDate } from "../../shared/dates";
import { authenticatedRoute, CSV_TYPE, ICS_TYPE, sendDownload } from "../../shared/http";
import type { Services } from "../../services";
import { NetworkErrors } from "./network.errors";

/** What may be uploaded: documents and images people share for a meeting. */
const ALLOWED = new Map<string, string[]>([
  [".pdf", ["application/pdf"]],
  [".docx", ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"]],
  [".xlsx", ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]],
  [".pptx", ["application/vnd.openxmlformats-officedocument.presentationml.presentation"]],
  [".odt", ["application/vnd.oasis.opendocument.text"]],
  [".ods", ["application/vnd.oasis.opendocument.spreadsheet"]],
  [".odp", ["application/vnd.oasis.opendocument.presentation"]],
  [".txt", ["text/plain"]],
  [".png", ["image/png"]],
  [".jpg", ["image/jpeg"]],
  [".jpeg", ["image/jpeg"]],
]);

/** The content type the file's bytes show (`file-type` reads the magic numbers, and the parts of an Office or OpenDocument file), or null. */
async function sniffType(file: string): Promise<string | null> {
  const { fileTypeFromFile } = await import("file-type");
  return (await fileTypeFromFile(file))?.mime ?? null;
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MB`.replace(".", ",") : `${Math.round(n / 1024)} kB`;
}

export interface StoredFile {
  filename: string;
  contentType: string;
  size: number;
  storageName: string;
}

/**
 * The one document store: uploads (one file a request, checked type and size) kept on disk under
 * DOCUMENTS_DIR with a random name, and sent back as attachments. Meeting documents and the
 * adopted documents of regional strategies both live here.
 */
export function createDocumentStore(
  config: Config,
  opts: {
    /** Extension → the content types a file of it may have; the meeting documents' list when omitted. */
    allowed?: Map<string, string[]>;
    /** Also read the file's first bytes (its magic number) and refuse it unless they are of its claimed type. */
    sniff?: boolean;
    /** The refusal of a file of another type. */
    typeRefusal?: () => Error;
  } = {},
) {
  const allowed = opts.allowed ?? ALLOWED;
  const typeRefusal = opts.typeRefusal ?? (() => NetworkErrors.fileTypeNotAllowed());
  fs.mkdirSync(config.documentsDir, { recursive: true });
  const upload = multer({
    storage: multer.diskStorage({
      destination: config.documentsDir,
      filename: (_req, _file, cb) => cb(null, `${crypto.randomUUID()}.upload`),
    }),
    limits: { fileSize: config.documentMaxBytes, files: 1, fields: 5 },
    // Browsers send the file name in UTF-8 (`Protokoll för mötet.pdf`); multer reads it as Latin-1 unless told.
    defParamCharset: "utf8",
    fileFilter: (_req, file, cb) => {
      const ext = path.extname(file.originalname).toLowerCase();
      const types = allowed.get(ext);
      if (!types || !types.includes(file.mimetype)) return cb(typeRefusal());
      cb(null, true);
    },
  }).single("file");

  return {
    /** Receives the request's file (field `file`); call it after access has been checked. */
    async receive(req: Request, res: Response): Promise<StoredFile> {
      await new Promise<void>((resolve, reject) =>
        upload(req, res, (err: unknown) => {
          if (!err) return resolve();
          // multer has already removed a partly written file.
          if ((err as { code?: string }).code === "LIMIT_FILE_SIZE") return reject(NetworkErrors.fileTooLarge({ max: formatBytes(config.documentMaxBytes) }));
          reject(err);
        }),
      );
      const file = req.file;
      if (!file) throw NetworkErrors.fileMissing();
      if (opts.sniff) {
        const real = await sniffType(file.path);
        if (!real || !allowed.get(path.extname(file.originalname).toLowerCase())?.includes(real)) {
          fs.rmSync(file.path, { force: true });
          throw typeRefusal();
        }
      }
      return { filename: path.basename(file.originalname).slice(0, 255), contentType: file.mimetype, size: file.size, storageName: file.filename };
    },
    read(storageName: string): Promise<Buffer> {
      return fs.promises.readFile(path.join(config.documentsDir, path.basename(storageName)));
    },
    remove(storageName: string) {
      fs.rmSync(path.join(config.documentsDir, path.basename(storageName)), { force: true });
    },
    send(res: Response, doc: Pick<StoredFile, "filename" | "contentType" | "storageName">) {
      res.setHeader("Content-Type", doc.contentType);
      res.setHeader("Content-Disposition", `attachment; filename*=UTF-8''${encodeURIComponent(doc.filename)}`);
      res.setHeader("X-Content-Type-Options", "nosniff");
      res.sendFile(path.join(config.documentsDir, doc.storageName));
    },
  };
}

/** Documents (upload, download), the secret calendar feed, and the network statistics as CSV. */
export function registerNetworkRoutes(app: Express, services: Services, config: Config, resolveActor: (req: Request) => Promise<Actor | null>) {
  const documents = createDocumentStore(config);

  app.post(
    "/api/network-meetings/:id/documents",
    authenticatedRoute(resolveActor, async (actor, req, res) => {
      // Access is checked before anything is written.
      await services.networks.meeting(actor, Number(req.params.id));
      const file = await documents.receive(req, res);
      try {
        const agendaItemId = req.body?.agendaItemId ? Number(req.body.agendaItemId) : null;
        const doc = await services.networks.addDocument(actor, Number(req.params.id), file, agendaItemId);
        res.status(201).json({ id: String(doc.id), filename: doc.filename, size: doc.size, url: `/api/meeting-documents/${doc.id}` });
      } catch (err) {
        documents.remove(file.storageName);
        throw err;
      }
    }),
  );

  app.get(
    "/api/meeting-documents/:id",
    authenticatedRoute(resolveActor, async (actor, req, res) => {
      documents.send(res, await services.networks.document(actor, Number(req.params.id)));
    }),
  );

  // The feed is opened by calendar programs, which cannot sign in: the secret in the address is the key.
  app.get("/api/calendar/:token.ics", async (req, res, next) => {
    try {
      const user = await services.networks.feedUser(String(req.params.token));
      const [meetings, trainings] = await Promise.all([
        services.networks.calendarOfOrganisation(user.organisationId),
        services.trainings.calendarOfOrganisationRegistrations(user.organisationId),
      ]);
      res.setHeader("Content-Type", ICS_TYPE);
      res.setHeader("Cache-Control", "private, max-age=300");
      res.send(renderCalendar("Samverka", [...meetings, ...trainings]));
    } catch (err) {
      if ((err as { extensions?: { code?: string } }).extensions?.code === "NOT_FOUND") {
        res.status(404).type("text/plain").send("Okänd kalenderadress.");
        return;
      }
      next(err);
    }
  });

  app.get(
    "/api/networks/:id/statistics.csv",
    authenticatedRoute(resolveActor, async (actor, req, res) => {
      const year = Number(req.query.year) || new Date().getFullYear();
      const s = await services.networks.statistics(actor, Number(req.params.id), year);
      const rows: CsvCell[][] = [
        ["År", s.year],
        ["Medlemsorganisationer", s.members],
        ["Möten", s.meetingsHeld],
        ["Medlemmar som deltagit minst en gång", s.membersAttendedAtLeastOnce],
        ["Andel", `${Math.round(s.shareAttended * 100)} %`],
        [],
        ["Möte", "Datum", "Representerade organisationer", "Deltagare"],
        ...s.meetings.map((x) => [x.meeting.title, stockholmDate(x.meeting.startsAt), x.organisationsRepresented, x.people]),
        [],
        ["Medlemmar utan deltagande senaste 12 månaderna"],
        ...s.notAttendedLast12Months.map((o) => [o.name]),
      ];
      sendDownload(res, `natverk-${s.networkId}-${year}.csv`, CSV_TYPE, renderCsv(rows));
    }),
  );
}
