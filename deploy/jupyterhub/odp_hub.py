# OpenDataPlane's side of JupyterHub: the service its token belongs to, the role that token needs, and the
# pre-spawn hook that gives each member's workspace server its Trino connection.
#
# OpenDataPlane starts a member's named server with user_options {"env": {"TRINO_URL": ..., "TRINO_USER": ...}}.
# JupyterHub does not pass user_options to the server by itself: odp_pre_spawn_hook copies the known variables into
# the spawner's environment. Only the names in ODP_ENV (short string values) are copied, so a person spawning their
# own server cannot smuggle LD_PRELOAD or PATH through user_options.
#
# Use it from jupyterhub_config.py (local spawners, DockerSpawner, KubeSpawner alike):
#     exec(open("/etc/jupyterhub/odp_hub.py").read())
#     configure_odp(c, token=os.environ["ODP_HUB_TOKEN"])
# With the Zero to JupyterHub chart, put the file's content and the configure_odp call in hub.extraConfig.

ODP_ENV = (
    "ODP_WORKSPACE",
    "TRINO_URL",
    "TRINO_HTTP_SCHEME",
    "TRINO_HOST",
    "TRINO_PORT",
    "TRINO_USER",
    "TRINO_CATALOG",
    "TRINO_SCHEMA",
)
ODP_ENV_MAX_LENGTH = 1024

# What OpenDataPlane's token does: create the member if the hub doesn't know them (admin:users), start, stop and
# remove their named servers (admin:servers), and read users and their servers' state and links (read:users,
# list:users, read:servers).
ODP_SCOPES = ["admin:users", "admin:servers", "list:users", "read:users", "read:servers"]


def odp_pre_spawn_hook(spawner):
    options = spawner.user_options or {}
    env = options.get("env") if isinstance(options, dict) else None
    if not isinstance(env, dict):
        return
    passed = {
        name: value
        for name, value in env.items()
        if name in ODP_ENV and isinstance(value, str) and len(value) <= ODP_ENV_MAX_LENGTH
    }
    spawner.environment = {**spawner.environment, **passed}


def configure_odp(c, token, service_name="odp"):
    """Registers OpenDataPlane's service with token, its role, named servers, and the pre-spawn hook."""
    def already(value):
        # An unset list is a LazyConfigValue in traitlets: nothing configured yet.
        return list(value) if isinstance(value, list) else []

    c.JupyterHub.allow_named_servers = True
    c.JupyterHub.services = [s for s in already(c.JupyterHub.services) if s.get("name") != service_name] + [
        {"name": service_name, "api_token": token}
    ]
    c.JupyterHub.load_roles = [r for r in already(c.JupyterHub.load_roles) if r.get("name") != "odp-bot"] + [
        {"name": "odp-bot", "services": [service_name], "scopes": ODP_SCOPES}
    ]
    c.Spawner.pre_spawn_hook = odp_pre_spawn_hook
