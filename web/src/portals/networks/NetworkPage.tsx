import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { errorInfo, hasCode } from "../../app/errors";
import { formatNumber } from "../../app/format";
import { NotFoundPage } from "../../app/ErrorPages";
import { LiveStatus } from "../../app/ui/LiveStatus";
import { Loading } from "../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../app/ui/Messages";
import { Pager } from "../../app/ui/Pager";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { NetworkQuery, PastMeetingsQuery } from "../../modules/networks/operations";
import { ActionItemsTable } from "../../modules/networks/components/ActionItemsTable";
import { Breadcrumbs } from "../../modules/networks/components/Breadcrumbs";
import { MeetingsTable } from "../../modules/networks/components/MeetingsTable";
import { MembersSection } from "../../modules/networks/components/MembersSection";
import { useFlash } from "../../app/ui/useFlash";

const PAST_PAGE = 10;

/** One network: what it is, who convenes, its meetings and open action items, and its members. */
export function NetworkPage() {
  const { networkId = "" } = useParams();
  const { t } = useTranslation();
  const [flash] = useFlash();
  const [pastOffset, setPastOffset] = useState(0);
  const query = useQuery(NetworkQuery, { variables: { id: networkId } });
  const past = useQuery(PastMeetingsQuery, { variables: { networkId, offset: pastOffset, limit: PAST_PAGE } });
  const network = query.data?.network;
  useDocumentTitle(network?.name ?? t("networks.network.title"));

  if (!network) {
    if (query.error && hasCode(query.error, "NOT_FOUND")) return <NotFoundPage />;
    return (
      <div className="nw">
        <Breadcrumbs items={[{ to: "/natverk", label: t("networks.list.title") }]} />
        <h1>{t("networks.network.title")}</h1>
        {query.error ? <ErrorAlert>{errorInfo(query.error).message}</ErrorAlert> : <Loading />}
      </div>
    );
  }

  const pastPage = past.data?.networkMeetings;

  return (
    <div className="nw">
      <Breadcrumbs items={[{ to: "/natverk", label: t("networks.list.title") }]} />
      <h1>{network.name}</h1>
      <LiveStatus>{flash}</LiveStatus>
      {network.description && <p className="lead nw-pre-line">{network.description}</p>}
      <dl className="facts facts--inline">
        <div>
          <dt>{t("networks.topic")}</dt>
          <dd>{t(`networks.topics.${network.topic}`)}</dd>
        </div>
        <div>
          <dt>{t("networks.convener")}</dt>
          <dd>{network.convener.name}</dd>
        </div>
        <div>
          <dt>{t("networks.list.members")}</dt>
          <dd>{formatNumber(network.members.length)}</dd>
        </div>
      </dl>
      <div className="button-row nw-page-actions">
        {network.isConvener && (
          <Link to={`/natverk/${network.id}/planera`} className="button">
            {t("networks.network.schedule")}
          </Link>
        )}
        <Link to={`/natverk/${network.id}/statistik`} className="button button--secondary">
          {t("networks.network.statistics")}
        </Link>
        <Link to={`/natverk/${network.id}/beslut`} className="button button--secondary">
          {t("networks.decisions.title")}
        </Link>
        {network.isConvener && (
          <Link to={`/natverk/${network.id}/andra`} className="button button--secondary">
            {t("networks.network.edit")}
          </Link>
        )}
      </div>

      <section className="section" aria-labelledby="nw-upcoming-meetings">
        <h2 id="nw-upcoming-meetings">{t("networks.network.upcoming")}</h2>
        {network.upcomingMeetings.length === 0 ? (
          <EmptyState>{network.isConvener ? t("networks.network.noUpcomingConvener") : t("networks.network.noUpcoming")}</EmptyState>
        ) : (
          <MeetingsTable
            meetings={network.upcomingMeetings}
            caption={t("networks.network.upcomingCaption", { count: network.upcomingMeetings.length })}
            showResponse={!network.isConvener}
          />
        )}
      </section>

      <section className="section" aria-labelledby="nw-actions">
        <h2 id="nw-actions">{t("networks.network.openActionItems")}</h2>
        {network.openActionItems.length === 0 ? (
          <EmptyState>{t("networks.network.noActionItems")}</EmptyState>
        ) : (
          <ActionItemsTable
            items={network.openActionItems}
            caption={t("networks.network.actionItemsCaption", { count: network.openActionItems.length })}
            canEdit={network.isConvener}
          />
        )}
      </section>

      <section className="section" aria-labelledby="nw-past-meetings" aria-busy={past.loading}>
        <h2 id="nw-past-meetings">{t("networks.network.past")}</h2>
        {past.error && !pastPage ? (
          <ErrorAlert>{errorInfo(past.error).message}</ErrorAlert>
        ) : !pastPage ? (
          <Loading />
        ) : pastPage.items.length === 0 ? (
          <EmptyState>{t("networks.network.noPast")}</EmptyState>
        ) : (
          <>
            <MeetingsTable meetings={pastPage.items} caption={t("networks.network.pastCaption", { count: pastPage.total })} showResponse={false} />
            <Pager label={t("networks.network.pastPager")} offset={pastOffset} limit={PAST_PAGE} total={pastPage.total} onChange={setPastOffset} />
          </>
        )}
      </section>

      <MembersSection network={network} />
    </div>
  );
}
