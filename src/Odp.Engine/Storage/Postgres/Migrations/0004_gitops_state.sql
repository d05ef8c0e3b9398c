-- Each team's last GitOps commit and pipeline (IGitOpsStateStore), by lower-case group id.
CREATE TABLE gitops_state (
    id           text   PRIMARY KEY,
    grp          text   NOT NULL,
    workspace    text   NOT NULL,
    commit_sha   text   NOT NULL,
    pipeline_id  bigint
);
