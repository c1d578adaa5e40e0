"""An auth service that keeps its sessions in a module dict (SLS103): the next call may
land on another replica, or on this one after a restart."""

import secrets
import time

import grpc

from auth.v1 import auth_pb2, auth_pb2_grpc

sessions: dict[str, dict] = {}
refresh_tokens = {}
login_attempts = {}


class AuthService(auth_pb2_grpc.AuthServiceServicer):
    def __init__(self, users):
        self.users = users

    def Login(self, request, context):
        user = self.users.get_by_email(request.email)
        if user is None or not user.check_password(request.password):
            login_attempts[request.email] = login_attempts.get(request.email, 0) + 1  # expect: SLS101:13
            context.abort(grpc.StatusCode.UNAUTHENTICATED, "bad credentials")
        session_id = secrets.token_urlsafe(32)
        sessions[session_id] = {"user_id": user.id, "at": time.time()}  # expect: SLS103:9
        refresh = secrets.token_urlsafe(32)
        refresh_tokens[refresh] = session_id  # expect: SLS103:9
        return auth_pb2.LoginReply(session_id=session_id, refresh_token=refresh)

    def Logout(self, request, context):
        sessions.pop(request.session_id, None)  # expect: SLS103:9
        return auth_pb2.LogoutReply()

    def WhoAmI(self, request, context):
        session = sessions.get(request.session_id)
        if session is None:
            context.abort(grpc.StatusCode.UNAUTHENTICATED, "no session")
        return auth_pb2.User(id=session["user_id"])
