import { allow, can, or } from "../../auth/rules";
import type { PermissionFragment } from "../../permissions";

const manage = can("countyWork.manage.ownCounty");
// Reading: a länsstyrelse its own county (the service narrows it), Socialstyrelsen and Vårdanalys every county.
const read = or(manage, can("countyWork.read.all"));

export const countyWorkPermissions: PermissionFragment = {
  Query: {
    municipalityVisits: read,
    municipalityVisit: read,
    campaigns: read,
    campaign: read,
    methodSpreads: read,
    methodSpread: read,
    regionalStrategies: read,
    regionalStrategy: read,
    methods: or(read, can("method.manage")),
    // The national aggregates: Socialstyrelsen and Vårdanalys, like the reach statistics.
    countyWorkNational: can("countyWork.read.all"),
  },
  Mutation: {
    saveMunicipalityVisit: manage,
    deleteMunicipalityVisit: manage,
    saveCampaign: manage,
    deleteCampaign: manage,
    saveMethodSpread: manage,
    deleteMethodSpread: manage,
    saveRegionalStrategy: manage,
    changeRegionalStrategyStatus: manage,
    deleteRegionalStrategy: manage,
    saveMethod: can("method.manage"),
  },
  MunicipalityVisit: allow,
  MunicipalityVisitPage: allow,
  Campaign: allow,
  CampaignPage: allow,
  Method: allow,
  MethodSpread: allow,
  MethodSpreadPage: allow,
  RegionalStrategy: allow,
  RegionalStrategyPage: allow,
  CountyWorkNational: allow,
  CountyBoardShare: allow,
  MethodShare: allow,
  CountyWorkOfCounty: allow,
};
