import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { formatDateTime } from "../../../app/format";
import { CheckboxField } from "../../../app/ui/Field";
import { Loading } from "../../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../../app/ui/Messages";
import { Pager } from "../../../app/ui/Pager";
import { QuestionnaireRecipientsQuery } from "../operations";

const PAGE_SIZE = 25;

/** The organisations asked and where each stands; for the questionnaire's owner. */
export function RecipientsSection({ questionnaireId, pollInterval }: { questionnaireId: string; pollInterval: number }) {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const [notAnswered, setNotAnswered] = useState(false);
  const res = useQuery(QuestionnaireRecipientsQuery, {
    variables: { questionnaireId, status: notAnswered ? "DRAFT" : null, offset, limit: PAGE_SIZE },
    pollInterval,
  });
  const page = res.data?.questionnaireRecipients;
  return (
    <section className="section" aria-labelledby="qn-recipients">
      <h2 id="qn-recipients">{t("questionnaires.recipients.heading")}</h2>
      <CheckboxField
        id="qn-not-answered"
        label={t("questionnaires.recipients.notAnswered")}
        checked={notAnswered}
        onChange={(e) => {
          setNotAnswered(e.target.checked);
          setOffset(0);
        }}
      />
      {res.error && !page ? (
        <ErrorAlert>{errorInfo(res.error).message}</ErrorAlert>
      ) : !page ? (
        <Loading />
      ) : page.items.length === 0 ? (
        <EmptyState>{t("questionnaires.recipients.empty")}</EmptyState>
      ) : (
        <>
          <div className="table-wrap" role="region" tabIndex={0} aria-labelledby="qn-recipients-caption">
            <table className="table">
              <caption id="qn-recipients-caption">{t("questionnaires.recipients.caption", { count: page.total })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("questionnaires.recipients.organisation")}</th>
                  <th scope="col">{t("questionnaires.list.status")}</th>
                  <th scope="col">{t("questionnaires.recipients.submittedAt")}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{r.organisation.name}</th>
                    <td>{t(`questionnaires.responseStatus.${r.status}`)}</td>
                    <td className="nowrap">{r.submittedAt ? formatDateTime(r.submittedAt) : "–"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager label={t("questionnaires.recipients.pager")} offset={offset} limit={PAGE_SIZE} total={page.total} onChange={setOffset} />
        </>
      )}
    </section>
  );
}
