import socketio

sio = socketio.Client()
