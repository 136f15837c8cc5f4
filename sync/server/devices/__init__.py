"""Device keys and certificates, and server-side verification of printed documents' QR codes."""
