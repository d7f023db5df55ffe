import { useTranslation } from "react-i18next";

/** A coded answer as the server renders it in both languages, with the comment beside it. */
export interface CodedAnswerView {
  code: string;
  textSv: string;
  textEn: string;
  shownSv: string;
  shownEn: string;
  comment?: string | null;
  older: boolean;
}

/** The coded answers of a follow-up (the final report's or a partial report's), read-only, in the reader's language. */
export function CodedAnswers({ answers }: { answers: CodedAnswerView[] }) {
  const { t, i18n } = useTranslation();
  const coded = answers.filter((a) => !a.older);
  if (!coded.length) return null;
  return (
    <dl className="facts df-coded">
      {coded.map((a) => (
        <div key={a.code}>
          <dt>{i18n.language === "en" ? a.textEn : a.textSv}</dt>
          <dd>
            {i18n.language === "en" ? a.shownEn : a.shownSv}
            {a.comment && <span className="df-coded__comment">{t("devfunds.followUp.commentShown", { comment: a.comment })}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
