import { useMutation } from "@apollo/client/react";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { formatDate, formatTime } from "../../../app/format";
import { describedBy } from "../../../app/ui/Field";
import { LiveStatus } from "../../../app/ui/LiveStatus";
import { ErrorAlert } from "../../../app/ui/Messages";
import type { TrainingEventFieldsFragment } from "../../../generated/graphql";
import { CheckInTrainingParticipantMutation } from "../operations";

/** The browser's own QR reader (Chrome on Android, Safari 17+ on iOS). */
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

/** Reads the QR code in the video's current frame, if any. */
type QrReader = (video: HTMLVideoElement) => Promise<string | null>;

/**
 * The browser's QR reader where there is one; elsewhere jsQR on a frame drawn to a canvas, loaded
 * only then (it is not part of any other page).
 */
async function qrReader(): Promise<QrReader> {
  const Detector = (window as unknown as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;
  if (Detector) {
    const detector = new Detector({ formats: ["qr_code"] });
    return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
  }
  const { default: jsQR } = await import("jsqr");
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d", { willReadFrequently: true });
  return async (video) => {
    if (!context || !video.videoWidth) return null;
    const scale = Math.min(1, 640 / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    return jsQR(image.data, image.width, image.height, { inversionAttempts: "dontInvert" })?.data ?? null;
  };
}

/**
 * At the door: the organiser types a participant's check-in code, or scans the QR code of their
 * confirmation with the phone's camera where the browser reads QR codes, to record attendance
 * for today's session. The server decides whether the code counts (this training, today, a seat).
 */
export function CheckInPanel({ event }: { event: TrainingEventFieldsFragment }) {
  const { t } = useTranslation();
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [scanning, setScanning] = useState(false);
  const videoRef = useRef<HTMLVideoElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [checkIn, { loading }] = useMutation(CheckInTrainingParticipantMutation, { refetchQueries: ["TrainingEvent"], awaitRefetchQueries: true });
  const session = event.checkInSession;
  const canScan = !!navigator.mediaDevices?.getUserMedia;

  async function record(value: string) {
    setDone(null);
    setError(null);
    if (!value.trim()) {
      setFieldError(t("trainings.checkIn.codeRequired"));
      inputRef.current?.focus();
      return;
    }
    setFieldError(null);
    try {
      const res = await checkIn({ variables: { eventId: event.id, code: value } });
      const c = res.data!.checkInTrainingParticipant;
      const who = { name: c.registration.name, organisation: c.registration.organisation.name };
      setDone(t(c.alreadyCheckedIn ? "trainings.checkIn.already" : "trainings.checkIn.done", who));
      setCode("");
    } catch (err) {
      setError(errorInfo(err).message);
    }
    inputRef.current?.focus();
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    void record(code);
  }

  // The camera runs only while scanning; the first QR code read is recorded, then the camera stops.
  useEffect(() => {
    if (!scanning) return;
    let stream: MediaStream | null = null;
    let stopped = false;
    let timer = 0;
    let read: QrReader | null = null;
    const tick = async () => {
      if (stopped || !videoRef.current || !read) return;
      try {
        const found = await read(videoRef.current);
        if (found) {
          setScanning(false);
          setCode(found);
          void record(found);
          return;
        }
      } catch {
        // A frame not ready yet: try the next.
      }
      timer = window.setTimeout(() => void tick(), 250);
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: "environment" } })
      .then(async (s) => {
        stream = s;
        read = await qrReader();
        if (stopped || !videoRef.current) return;
        videoRef.current.srcObject = s;
        await videoRef.current.play();
        void tick();
      })
      .catch(() => {
        setScanning(false);
        setError(t("trainings.checkIn.cameraFailed"));
      });
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
    // `record` reads the current event only; restarting the camera on each render would flicker.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scanning]);

  return (
    <section className="section card" aria-labelledby="check-in-heading">
      <h2 id="check-in-heading">{t("trainings.checkIn.heading")}</h2>
      <p>
        {session
          ? t("trainings.checkIn.today", { date: formatDate(session.startsAt), from: formatTime(session.startsAt), to: formatTime(session.endsAt) })
          : t("trainings.checkIn.noSessionToday")}
      </p>
      <LiveStatus>{done}</LiveStatus>
      {error && <ErrorAlert>{error}</ErrorAlert>}
      <form className="form" onSubmit={submit} noValidate aria-busy={loading}>
        <div className={`field${fieldError ? " field--error" : ""}`}>
          <label htmlFor="check-in-code">{t("trainings.checkIn.code")}</label>
          <p className="field__hint" id="check-in-code-hint">
            {t("trainings.checkIn.codeHint")}
          </p>
          <input
            id="check-in-code"
            ref={inputRef}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={20}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={describedBy("check-in-code-hint", fieldError && "check-in-code-error")}
          />
          {fieldError && (
            <p className="field__error" id="check-in-code-error">
              {fieldError}
            </p>
          )}
        </div>
        <div className="button-row">
          <button type="submit" className="button" disabled={loading}>
            {t("trainings.checkIn.submit")}
          </button>
          {canScan && (
            <button type="button" className="button button--secondary" onClick={() => setScanning((s) => !s)}>
              {scanning ? t("trainings.checkIn.stopScan") : t("trainings.checkIn.scan")}
            </button>
          )}
          {loading && (
            <span className="inline-status" role="status">
              {t("common.saving")}
            </span>
          )}
        </div>
      </form>
      {scanning && (
        <>
          <p role="status">{t("trainings.checkIn.scanning")}</p>
          <video ref={videoRef} className="scanner" muted playsInline aria-label={t("trainings.checkIn.video")} />
        </>
      )}
    </section>
  );
}
