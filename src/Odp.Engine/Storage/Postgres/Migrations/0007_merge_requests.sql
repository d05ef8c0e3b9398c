-- The merge request a team's GitOps commit waits on in merge-request mode (GitOpsState.MergeRequestIid); none before.
ALTER TABLE gitops_state ADD COLUMN merge_request_iid bigint;
