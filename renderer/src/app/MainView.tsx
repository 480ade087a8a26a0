import { lazy, Suspense, type ReactNode } from 'react';
import { EmptyState } from '../features/onboarding/EmptyState';
import { PartnersScreen } from '../features/partners/PartnersScreen';
import { usePartnerRows } from '../features/partners/use-partners';
import { useView } from '../state/ui-selectors';

// Not needed for the first paint: each is loaded the first time it is shown.
const PositioningScreen = lazy(() =>
  import('../features/positioning/PositioningScreen').then((m) => ({
    default: m.PositioningScreen,
  })),
);
const DraftStudio = lazy(() =>
  import('../features/positioning/DraftStudio').then((m) => ({ default: m.DraftStudio })),
);
const ImportWizard = lazy(() =>
  import('../features/import/ImportWizard').then((m) => ({ default: m.ImportWizard })),
);
const BriefView = lazy(() =>
  import('../features/brief/BriefView').then((m) => ({ default: m.BriefView })),
);
const SettingsScreen = lazy(() =>
  import('../features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })),
);
const BackupsScreen = lazy(() =>
  import('../features/backups/BackupsScreen').then((m) => ({ default: m.BackupsScreen })),
);
const GoalsScreen = lazy(() =>
  import('../features/goals/GoalsScreen').then((m) => ({ default: m.GoalsScreen })),
);
const PlanScreen = lazy(() =>
  import('../features/plans/PlanScreen').then((m) => ({ default: m.PlanScreen })),
);
const PerformanceView = lazy(() =>
  import('../features/performance/PerformanceView').then((m) => ({
    default: m.PerformanceView,
  })),
);

const TemplatesScreen = lazy(() =>
  import('../features/templates/TemplatesScreen').then((m) => ({ default: m.TemplatesScreen })),
);
const QbrsScreen = lazy(() =>
  import('../features/templates/QbrsScreen').then((m) => ({ default: m.QbrsScreen })),
);
const QbrScreen = lazy(() =>
  import('../features/templates/QbrEditor').then((m) => ({ default: m.QbrScreen })),
);
const ScorecardView = lazy(() =>
  import('../features/templates/ScorecardView').then((m) => ({ default: m.ScorecardView })),
);

const DashboardScreen = lazy(() =>
  import('../features/dashboard/DashboardScreen').then((m) => ({ default: m.DashboardScreen })),
);

const ActivityScreen = lazy(() =>
  import('../features/activity/ActivityScreen').then((m) => ({ default: m.ActivityScreen })),
);
const VoiceScreen = lazy(() =>
  import('../features/voice/VoiceScreen').then((m) => ({ default: m.VoiceScreen })),
);
const MarketScreen = lazy(() =>
  import('../features/intelligence/MarketScreen').then((m) => ({ default: m.MarketScreen })),
);
const AlliancesScreen = lazy(() =>
  import('../features/alliances/AlliancesScreen').then((m) => ({ default: m.AlliancesScreen })),
);
const BusinessCaseView = lazy(() =>
  import('../features/alliances/BusinessCaseView').then((m) => ({
    default: m.BusinessCaseView,
  })),
);

function Loading({ what, children }: { what: string; children: ReactNode }) {
  return (
    <Suspense fallback={<p className="muted loading">Opening {what}…</p>}>{children}</Suspense>
  );
}

/** The main area: the screen the current view names, or the partners screen. */
export function MainView() {
  const view = useView();
  const partners = usePartnerRows();
  switch (view.name) {
    case 'dashboard':
      return (
        <Loading what="the dashboard">
          <DashboardScreen />
        </Loading>
      );
    case 'positioning':
      return (
        <Loading what="positioning">
          <PositioningScreen />
        </Loading>
      );
    case 'draft':
      return (
        <Loading what="the draft">
          <DraftStudio key={view.draftId} draftId={view.draftId} />
        </Loading>
      );
    case 'import':
      return (
        <Loading what="the import">
          <ImportWizard initialFile={view.file} />
        </Loading>
      );
    case 'brief':
      return (
        <Loading what="the brief">
          <BriefView partnerId={view.partnerId} />
        </Loading>
      );
    case 'settings':
      return (
        <Loading what="the settings">
          <SettingsScreen />
        </Loading>
      );
    case 'backups':
      return (
        <Loading what="the backups">
          <BackupsScreen />
        </Loading>
      );
    case 'goals':
      return (
        <Loading what="the goals">
          <GoalsScreen />
        </Loading>
      );
    case 'plan':
      return (
        <Loading what="the plan">
          <PlanScreen key={view.partnerId} partnerId={view.partnerId} planId={view.planId} />
        </Loading>
      );
    case 'performance':
      return (
        <Loading what="performance">
          <PerformanceView key={view.partnerId} partnerId={view.partnerId} />
        </Loading>
      );
    case 'templates':
      return (
        <Loading what="the templates">
          <TemplatesScreen />
        </Loading>
      );
    case 'qbrs':
      return (
        <Loading what="the QBRs">
          <QbrsScreen partnerId={view.partnerId} />
        </Loading>
      );
    case 'qbr':
      return (
        <Loading what="the QBR">
          <QbrScreen qbrId={view.qbrId} />
        </Loading>
      );
    case 'scorecard':
      return (
        <Loading what="the scorecard">
          <ScorecardView
            key={`${view.templateId} ${view.partnerId} ${view.start} ${view.end}`}
            {...view}
          />
        </Loading>
      );
    case 'activity':
      return (
        <Loading what="the activity log">
          <ActivityScreen key={view.partnerId ?? 'all'} partnerId={view.partnerId} />
        </Loading>
      );
    case 'voice':
      return (
        <Loading what="feedback and decisions">
          <VoiceScreen feedbackId={view.feedbackId} decisionId={view.decisionId} />
        </Loading>
      );
    case 'market':
      return (
        <Loading what="competition and trends">
          <MarketScreen />
        </Loading>
      );
    case 'alliances':
      return (
        <Loading what="stakeholders and asks">
          <AlliancesScreen stakeholderId={view.stakeholderId} />
        </Loading>
      );
    case 'business-case':
      return (
        <Loading what="the business case">
          <BusinessCaseView key={view.partnerId} partnerId={view.partnerId} />
        </Loading>
      );
    case 'partners':
      if (!partners.ready) return <p className="muted loading">Opening your workbook…</p>;
      return partners.total === 0 ? <EmptyState /> : <PartnersScreen snapshot={partners} />;
  }
}
