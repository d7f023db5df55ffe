import { allow, can, isAuthenticated, or } from "../../auth/rules";
import type { PermissionFragment } from "../../permissions";

const manage = can("devfunds.manage");

export const developmentFundPermissions: PermissionFragment = {
  Query: {
    developmentFundRounds: isAuthenticated,
    developmentFundRound: isAuthenticated,
    allocationPreview: or(manage, can("statistics.read")),
    myAllotment: or(can("devfunds.requisition"), can("devfunds.apply")),
    notRequisitioned: manage,
    ngoRanking: or(manage, can("grant.read.all")),
    fundingStatistics: can("statistics.read"),
  },
  Mutation: {
    openDevelopmentFundRound: manage,
    publishAllocation: manage,
    requisitionDevelopmentFunds: can("devfunds.requisition"),
    confirmJointRequisition: can("devfunds.requisition"),
    redistributeDevelopmentFunds: manage,
    sendRequisitionReminders: manage,
    closeRequisitionWindow: manage,
    markDevelopmentFundsPaid: can("grant.payout"),
    submitNgoApplication: can("devfunds.apply"),
    scoreNgoApplication: can("grant.application.assess"),
    submitDevelopmentFundFollowUp: or(can("devfunds.requisition"), can("devfunds.apply")),
  },
  DevelopmentFundRound: allow,
  Allotment: allow,
  AllocationRow: allow,
  MyAllotment: allow,
  RedistributionRow: allow,
  RedistributionResult: allow,
  NgoRankingRow: allow,
  NgoApplicationDetails: allow,
  NgoScore: allow,
  FundFollowUpDetails: allow,
  FundUseLine: allow,
  Requisition: allow,
  FundingStatistics: allow,
  FundingKindRow: allow,
  KommunUsage: allow,
  FundingGroupRow: allow,
  KommunFundingRow: allow,
  JointRequisitionMember: allow,
};
