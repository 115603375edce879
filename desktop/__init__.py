"""IPO Pipeline Watch: follow Chinese tech companies on their way to a Hong Kong listing."""

__version__ = "0.1.0"
APP_NAME = "IPO Pipeline Watch"
APP_ID = "ipo-pipeline-watch"
ORG_NAME = "IPO Pipeline Watch"
ORG_DOMAIN = "ipopipelinewatch.app"
BUNDLE_ID = "app.ipopipelinewatch.desktop"
