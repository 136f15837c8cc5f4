"""Officers and their credentials: passwords, access and refresh tokens, user administration."""
