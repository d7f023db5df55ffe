import { allow, can, isAuthenticated, or } from "../../auth/rules";
import type { PermissionFragment } from "../../permissions";

const organise = can("training.organise");
const register = can("training.register");

export const trainingPermissions: PermissionFragment = {
  Query: {
    trainingEvents: isAuthenticated,
    trainingEvent: isAuthenticated,
    myTrainingRegistrations: register,
    courseLeaders: isAuthenticated,
    courseLeaderCoverage: isAuthenticated,
    trainingStatistics: or(can("statistics.read"), organise),
    trainingReach: can("statistics.read"),
  },
  Mutation: {
    saveTrainingEvent: organise,
    publishTrainingEvent: organise,
    completeTrainingEvent: organise,
    cancelTrainingEvent: organise,
    logTrainingEventParticipation: organise,
    registerForTraining: register,
    cancelTrainingRegistration: or(register, organise),
    moveTrainingRegistration: organise,
    markAttendance: organise,
    logLocalCourse: register,
  },
  TrainingEvent: allow,
  TrainingEventPage: allow,
  TrainingSession: allow,
  TrainingRegistration: allow,
  TrainingAttendance: allow,
  TrainingParticipationLog: allow,
  CourseLeader: allow,
  CourseLeaderPage: allow,
  CourseLeaderCoverage: allow,
  LocalCourse: allow,
  TrainingStatistics: allow,
  TrainingTypeCount: allow,
  UnmetDemand: allow,
  TrainingReach: allow,
  TrainingReachRow: allow,
  TrainingTypeShare: allow,
};
