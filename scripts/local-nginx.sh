# Sourced by scripts/cluster.sh and bench/proxy/run.sh: deploy/nginx.conf for nginx on this machine, without root.
#
#   local_nginx_conf ROOT DIR PORT ADDRESS1 [ADDRESS2]
#
# writes DIR/nginx/site.conf (deploy/nginx.conf listening on PORT, its upstream app1 at ADDRESS1 and app2 at ADDRESS2,
# or app2 left out) and DIR/nginx/nginx.conf (pid, temporary folders and logs under DIR); start it with
# nginx -c DIR/nginx/nginx.conf -p DIR/nginx.
local_nginx_conf() {
  local root=$1 dir=$2 port=$3 app1=$4 app2=${5:-}
  local sed_args=(-e "s/server app1:8080/server $app1/" -e "s/listen 80;/listen $port;/"
                  -e "s#access_log /var/log/nginx/access.log#access_log $dir/logs/nginx-access.log#")
  if [ -n "$app2" ]; then sed_args+=(-e "s/server app2:8080/server $app2/"); else sed_args+=(-e "/server app2:8080/d"); fi
  mkdir -p "$dir/nginx" "$dir/logs"
  sed "${sed_args[@]}" "$root/deploy/nginx.conf" > "$dir/nginx/site.conf"
  cat > "$dir/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $dir/nginx/nginx.pid;
error_log $dir/logs/nginx-error.log;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    client_body_temp_path $dir/nginx/body;
    proxy_temp_path $dir/nginx/proxy;
    fastcgi_temp_path $dir/nginx/fastcgi;
    uwsgi_temp_path $dir/nginx/uwsgi;
    scgi_temp_path $dir/nginx/scgi;
    include $dir/nginx/site.conf;
}
CONF
}
