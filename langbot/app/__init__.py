"""The Streamlit app: session state and cached resources, chat widgets, listen, and the pages."""
