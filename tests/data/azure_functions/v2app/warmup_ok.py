"""What Azure recommends at module level: SDK clients made once per instance, a lazily made
client, configuration loaded by the warm-up trigger (once per instance), reads in handlers."""

import os

import azure.functions as func
from azure.cosmos import CosmosClient
from azure.storage.blob import BlobServiceClient

app = func.FunctionApp()
blob_service = BlobServiceClient.from_connection_string(os.environ["AzureWebJobsStorage"])
settings = {}
_cosmos = None


def cosmos():
    global _cosmos
    if _cosmos is None:
        _cosmos = CosmosClient.from_connection_string(os.environ["COSMOS"])
    return _cosmos


@app.warm_up_trigger("warmup")
def warmup(warmup) -> None:
    settings["container"] = os.environ.get("CONTAINER", "uploads")
    settings["features"] = ["thumbnails"]


@app.route(route="upload", methods=["POST"])
def upload(req: func.HttpRequest) -> func.HttpResponse:
    container = blob_service.get_container_client(settings["container"])
    container.upload_blob(req.params["name"], req.get_body())
    cosmos().get_database_client("app").get_container_client("uploads").upsert_item(
        {"id": req.params["name"]}
    )
    return func.HttpResponse(status_code=201)
